package org.liaison.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;

/** Which coalition a request of a browser tab acts in, read from the request alone. */
class TabCoalitionsTest {

  @Test
  void an_open_page_names_its_ui_and_the_registry_says_its_coalition() {
    MockHttpSession session = new MockHttpSession();
    TabCoalitions.of(session).bind(3, "press");
    TabCoalitions.of(session).bind(4, "labor");
    MockHttpServletRequest request = request("v-r=uidl&v-uiId=3");
    assertThat(TabCoalitions.uiOf(request)).contains(3);
    assertThat(TabCoalitions.of(session).coalitionOf(3)).contains("press");
    assertThat(TabCoalitions.of(session).coalitionOf(4)).as("another tab keeps its own").contains("labor");
    TabCoalitions.of(session).unbind(3);
    assertThat(TabCoalitions.of(session).coalitionOf(3)).isEmpty();
  }

  @Test
  void a_new_page_asks_for_the_coalition_its_address_names() {
    assertThat(TabCoalitions.requestedBy(request("coalition=labor"))).contains("labor");
    assertThat(TabCoalitions.requestedBy(request("v-r=init&location=cases%3Fcoalition%3Dlabor"))).contains("labor");
    assertThat(TabCoalitions.requestedBy(request("v-r=init&location=cases&query=coalition%3Dlabor%26x%3D1")))
        .contains("labor");
    assertThat(TabCoalitions.requestedBy(request("v-r=init&location=cases"))).isEmpty();
    assertThat(TabCoalitions.requestedBy(request("coalition="))).isEmpty();
    assertThat(TabCoalitions.requestedBy(request(null))).isEmpty();
  }

  @Test
  void a_request_without_a_ui_or_with_a_malformed_one_names_none() {
    assertThat(TabCoalitions.uiOf(request("v-r=heartbeat"))).isEmpty();
    assertThat(TabCoalitions.uiOf(request("v-uiId=abc"))).isEmpty();
  }

  private static MockHttpServletRequest request(String query) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
    request.setQueryString(query);
    return request;
  }
}
