package org.liaison.api;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.settings.CoalitionSettings;
import org.liaison.settings.SettingsService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's coalition's settings. */
@RestController
@RequestMapping("/api/settings")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SettingsController {

  private final SettingsService settings;

  @GetMapping
  CoalitionSettings get() {
    return settings.current();
  }

  /** Replaces the settings; 400 naming each invalid field (nothing saved), 403 for members. */
  @PutMapping
  CoalitionSettings put(@RequestBody CoalitionSettings input) {
    return settings.update(input);
  }
}
