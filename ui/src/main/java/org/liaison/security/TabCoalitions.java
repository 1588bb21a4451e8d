package org.liaison.security;

import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The coalition each open page works in. A person in several coalitions may have one open in each
 * browser tab; each tab is one Vaadin UI of the same session, and it keeps the coalition it was
 * opened in (and shows in its header) until the person switches in that very tab. Switching in one
 * tab never changes what another acts on.
 *
 * <p>A page's requests name their UI ({@code v-uiId}); this registry, kept in the HTTP session,
 * says which coalition that UI belongs to. A new page takes the coalition its address asks for
 * ({@code ?coalition=press}, which every page keeps in its address so a reload or a copied link
 * stays where it was), else the one the person chose last, else their first.
 */
public final class TabCoalitions implements Serializable {

  /** The query parameter a page's address carries its coalition in. */
  public static final String PARAMETER = "coalition";
  static final String SESSION_ATTRIBUTE = "liaison.coalition.byTab";
  private static final String UI_ID = "v-uiId";

  private final Map<Integer, String> byUi = new ConcurrentHashMap<>();

  /** The registry of a Vaadin session (kept in its HTTP session), created on first use. */
  public static TabCoalitions of(WrappedSession session) {
    return of(((WrappedHttpSession) session).getHttpSession());
  }

  /** The registry of {@code session}, created on first use. */
  public static TabCoalitions of(HttpSession session) {
    synchronized (session) {
      if (session.getAttribute(SESSION_ATTRIBUTE) instanceof TabCoalitions existing) {
        return existing;
      }
      TabCoalitions created = new TabCoalitions();
      session.setAttribute(SESSION_ATTRIBUTE, created);
      return created;
    }
  }

  public void bind(int uiId, String tenantId) {
    byUi.put(uiId, tenantId);
  }

  public void unbind(int uiId) {
    byUi.remove(uiId);
  }

  public Optional<String> coalitionOf(int uiId) {
    return Optional.ofNullable(byUi.get(uiId));
  }

  /** The UI a request of an open page belongs to (Vaadin names it in the query string). */
  static Optional<Integer> uiOf(HttpServletRequest request) {
    String id = queryParameter(request.getQueryString(), UI_ID);
    try {
      return id == null ? Optional.empty() : Optional.of(Integer.parseInt(id));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * The coalition a new page asks for: {@code ?coalition=} of its own address, or of the address
   * Vaadin's first request of the page reports ({@code location=cases?coalition=press}).
   */
  static Optional<String> requestedBy(HttpServletRequest request) {
    String query = request.getQueryString();
    String direct = queryParameter(query, PARAMETER);
    if (direct != null && !direct.isBlank()) {
      return Optional.of(direct);
    }
    // Vaadin's first request of a page reports the page's address: its query in "query", or
    // (older clients) inside "location"
    String pageQuery = queryParameter(query, "query");
    String location = queryParameter(query, "location");
    if ((pageQuery == null || pageQuery.isBlank()) && location != null && location.contains("?")) {
      pageQuery = location.substring(location.indexOf('?') + 1);
    }
    if (pageQuery == null || pageQuery.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(queryParameter(pageQuery.startsWith("?") ? pageQuery.substring(1) : pageQuery,
        PARAMETER)).filter(s -> !s.isBlank());
  }

  /** One parameter of a raw query string, decoded; never reads a request body. */
  static String queryParameter(String rawQuery, String name) {
    if (rawQuery == null) {
      return null;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      if (key.equals(name)) {
        return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }
}
