package org.liaison.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Where a lifecycle's time and SQL go, step by step: wall time of each step and the SQL statements
 * it sent (client side: every {@code execute*} call, a JDBC batch counted once), counted per thread
 * through a thin proxy on the pool. Both sides are measured the same way; the proxy costs well under
 * a microsecond per statement.
 */
final class Steps {

  private static final ThreadLocal<long[]> STATEMENTS = ThreadLocal.withInitial(() -> new long[1]);
  /** When set on a thread: the SQL it sends, in order (diagnostics: {@code -Dbench.trace=true}). */
  static final ThreadLocal<java.util.List<String>> TRACE = new ThreadLocal<>();

  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> statements = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
  private volatile boolean recording;

  void recording(boolean on) {
    recording = on;
  }

  <T> T timed(String step, Supplier<T> work) {
    if (TRACE.get() != null) {
      TRACE.get().add("---- " + step);
    }
    long s0 = STATEMENTS.get()[0];
    long t0 = System.nanoTime();
    T result = work.get();
    if (recording) {
      nanos.computeIfAbsent(step, k -> new LongAdder()).add(System.nanoTime() - t0);
      statements.computeIfAbsent(step, k -> new LongAdder()).add(STATEMENTS.get()[0] - s0);
      calls.computeIfAbsent(step, k -> new LongAdder()).increment();
    }
    return result;
  }

  void timed(String step, Runnable work) {
    timed(step, () -> {
      work.run();
      return null;
    });
  }

  /** Per step: mean ms and statements per lifecycle. */
  Map<String, double[]> perLifecycle(long lifecycles) {
    Map<String, double[]> out = new TreeMap<>();
    nanos.forEach((step, n) -> out.put(step, new double[] {n.sum() / 1e6 / lifecycles,
        statements.get(step).sum() / (double) lifecycles}));
    return out;
  }

  /** The data source, counting the statements each thread sends. */
  static DataSource counting(DataSource target) {
    return new DelegatingDataSource(target) {
      @Override
      public Connection getConnection() throws SQLException {
        return connection(super.getConnection());
      }

      @Override
      public Connection getConnection(String username, String password) throws SQLException {
        return connection(super.getConnection(username, password));
      }
    };
  }

  private static Connection connection(Connection target) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getName().equals("equals")) {
        return proxy == args[0];
      }
      if (method.getName().equals("hashCode")) {
        return System.identityHashCode(proxy);
      }
      Object result = invoke(target, method, args);
      if (result instanceof Statement s && method.getName().startsWith("prepare")
          || method.getName().equals("createStatement")) {
        return statement((Statement) result, method.getName().startsWith("prepare") ? (String) args[0] : null);
      }
      if (TRACE.get() != null && (method.getName().equals("commit") || method.getName().equals("rollback"))) {
        TRACE.get().add(method.getName().toUpperCase(java.util.Locale.ROOT));
      }
      return result;
    };
    return (Connection) Proxy.newProxyInstance(Steps.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  private static Statement statement(Statement target, String prepared) {
    Class<?> kind = target instanceof CallableStatement ? CallableStatement.class
        : target instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getName().startsWith("execute")) {
        STATEMENTS.get()[0]++;
        if (TRACE.get() != null) {
          String sql = prepared != null ? prepared : args != null && args.length > 0 ? String.valueOf(args[0]) : "?";
          TRACE.get().add((method.getName().equals("executeBatch") ? "[batch] " : "") + sql.replaceAll("\\s+", " "));
        }
      }
      return invoke(target, method, args);
    };
    return (Statement) Proxy.newProxyInstance(Steps.class.getClassLoader(), new Class<?>[] {kind}, handler);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getTargetException();
    }
  }
}
