package org.liaison.tenancy.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.liaison.tenancy.Actor;
import org.liaison.tenancy.TenantContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Binds the current actor's coalition to every transaction: when a transaction begins on one of
 * its connections ({@code setAutoCommit(false)}), it runs
 * {@code set_config('app.tenant_id', <tenant>, true)} (and {@code app.username}), which PostgreSQL
 * forgets at commit or rollback. The row-level security policies read these settings, so a pooled
 * connection never carries one coalition's setting into another's transaction, and a transaction
 * without an actor sees no tenant rows at all.
 */
public class RowSecurityDataSource extends DelegatingDataSource {

  static final String BIND_SQL = "select set_config('app.tenant_id', ?, true), set_config('app.username', ?, true)";

  public RowSecurityDataSource(DataSource target) {
    super(target);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return binding(super.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return binding(super.getConnection(username, password));
  }

  private static Connection binding(Connection target) {
    InvocationHandler handler = new InvocationHandler() {
      @Override
      public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
          case "equals":
            return proxy == args[0];
          case "hashCode":
            return System.identityHashCode(proxy);
          case "unwrap":
            if (args[0] == Connection.class) {
              return target;
            }
            break;
          default:
            break;
        }
        try {
          Object result = method.invoke(target, args);
          if (method.getName().equals("setAutoCommit") && Boolean.FALSE.equals(args[0])) {
            bind(target, TenantContext.find().orElse(null));
          }
          return result;
        } catch (InvocationTargetException e) {
          throw e.getTargetException();
        }
      }
    };
    return (Connection) Proxy.newProxyInstance(RowSecurityDataSource.class.getClassLoader(),
        new Class<?>[] {Connection.class}, handler);
  }

  static void bind(Connection connection, Actor actor) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement(BIND_SQL)) {
      st.setString(1, actor == null ? "" : actor.tenantId());
      st.setString(2, actor == null ? "" : actor.username());
      st.execute();
    }
  }
}
