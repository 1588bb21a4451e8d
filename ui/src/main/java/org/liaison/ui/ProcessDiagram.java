package org.liaison.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A lifecycle's BPMN model drawn in the browser by bpmn-js (loaded at run time, no front-end
 * build): badges with a number and a tooltip on activities, a heat or state marker on each, and
 * optionally a click on an activity reported to the server. What the drawing shows is always also
 * said in text next to it (a table, a sentence): the diagram adds the picture, not the facts.
 */
@JavaScript("context://js/bpmn-js/bpmn-navigated-viewer.production.min.js")
@StyleSheet("context://js/bpmn-js/diagram-js.css")
@StyleSheet("context://js/bpmn-js/bpmn-js.css")
public class ProcessDiagram extends Div {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A badge on an activity: its text, its tooltip, and a marker class (heat or state) or null. */
  public record Badge(String text, String title, String marker) {}

  private final List<Consumer<String>> clickListeners = new ArrayList<>();
  private Set<String> activities = Set.of();

  public ProcessDiagram(String id) {
    setId(id);
    addClassName("liaison-diagram");
    setWidthFull();
    setHeight("360px");
  }

  /**
   * Draws the model with a badge on the activities named in {@code badges} and a marker class on
   * those in {@code markers}; once drawn the element carries {@code data-rendered}, or
   * {@code data-error} with bpmn-js's message when the model cannot be drawn.
   */
  public void show(String xml, Map<String, Badge> badges, Map<String, String> markers) {
    this.activities = Set.copyOf(new ArrayList<>(badges.keySet()));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("badges", badges);
    data.put("markers", markers);
    data.put("clickable", !clickListeners.isEmpty());
    String json;
    try {
      json = JSON.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    getElement().removeAttribute("data-rendered");
    getElement().removeAttribute("data-error");
    getElement().executeJs("""
        const el = this, data = JSON.parse($1);
        if (typeof BpmnJS === 'undefined') { el.setAttribute('data-error', 'bpmn-js did not load'); return; }
        if (el.__viewer) { el.__viewer.destroy(); }
        const viewer = el.__viewer = new BpmnJS({ container: el });
        viewer.importXML($0).then(() => {
          const canvas = viewer.get('canvas'), overlays = viewer.get('overlays');
          canvas.zoom('fit-viewport', 'auto');
          for (const [id, marker] of Object.entries(data.markers)) {
            try { canvas.addMarker(id, marker); } catch (e) { /* not drawn in this version of the model */ }
          }
          for (const [id, badge] of Object.entries(data.badges)) {
            const span = document.createElement('span');
            span.className = 'liaison-diagram-badge';
            span.textContent = badge.text;
            span.title = badge.title;
            span.setAttribute('data-activity', id);
            if (data.clickable) {
              span.setAttribute('role', 'button');
              span.tabIndex = 0;
              const pick = () => el.$server && el.$server.activityClicked(id);
              span.addEventListener('click', pick);
              span.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(); } });
            }
            try { overlays.add(id, { position: { bottom: 8, right: 8 }, html: span }); } catch (e) { }
            if (badge.marker) { try { canvas.addMarker(id, badge.marker); } catch (e) { } }
          }
          if (data.clickable) {
            viewer.get('eventBus').on('element.click', e => {
              if (e.element && e.element.type !== 'bpmn:Process' && el.$server) { el.$server.activityClicked(e.element.id); }
            });
          }
          el.setAttribute('data-rendered', 'true');
        }).catch(err => el.setAttribute('data-error', String(err && err.message || err)));
        """, xml, json);
  }

  /** Called with the activity's id when someone clicks one of the activities that carry a badge. */
  public void addActivityClickListener(Consumer<String> listener) {
    clickListeners.add(listener);
  }

  /** From the browser: an element was clicked. Anything but an activity with a badge is ignored. */
  @ClientCallable
  void activityClicked(String activityId) {
    if (activityId != null && activities.contains(activityId)) {
      clickListeners.forEach(l -> l.accept(activityId));
    }
  }

  /** Markers for a record's position: the activities it passed, then those it is at now. */
  public static Map<String, String> position(Collection<String> passed, Collection<String> current) {
    Map<String, String> markers = new LinkedHashMap<>();
    passed.forEach(id -> markers.put(id, "liaison-passed"));
    current.forEach(id -> markers.put(id, "liaison-current"));
    return markers;
  }
}
