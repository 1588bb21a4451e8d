package org.liaison.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** While the demo's year is lived, pages say so and refresh themselves; the probes answer as usual. */
class DemoPreparingTest {

  final Filter filter = new DemoPreparing().demoPreparingFilter().getFilter();

  @AfterEach
  void done() {
    DemoPreparing.done();
  }

  MockHttpServletResponse get(String path, MockFilterChain chain) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(new MockHttpServletRequest("GET", path), response, chain);
    return response;
  }

  @Test
  void every_page_but_the_probes_says_what_is_being_prepared_while_the_year_is_lived() throws Exception {
    DemoPreparing.start("Press Freedom Coalition");

    MockFilterChain page = new MockFilterChain();
    MockHttpServletResponse refused = get("/reports", page);
    assertThat(refused.getStatus()).isEqualTo(503);
    assertThat(refused.getHeader("Retry-After")).isEqualTo("10");
    assertThat(refused.getContentAsString()).contains("http-equiv=\"refresh\"",
        "a year of the work of the Press Freedom Coalition", "first start only");
    assertThat(page.getRequest()).as("the application did not see the request").isNull();

    MockFilterChain probe = new MockFilterChain();
    assertThat(get("/actuator/health/readiness", probe).getStatus()).isEqualTo(200);
    assertThat(probe.getRequest()).isNotNull();

    DemoPreparing.done();
    MockFilterChain after = new MockFilterChain();
    get("/reports", after);
    assertThat(after.getRequest()).as("once ready, pages are served").isNotNull();
  }
}
