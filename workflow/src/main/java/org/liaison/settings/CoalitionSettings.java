package org.liaison.settings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.liaison.common.IsoDuration;

/**
 * A coalition's settings. Durations are ISO 8601 ({@code P7D} = seven days, {@code PT4H} = four hours).
 *
 * @param followUpInterval how long to wait for an officer's reply before a follow-up is due
 * @param followUpsBeforeEscalation unanswered follow-ups before escalating to Washington experts
 * @param contactCadence how often to be in touch with an officer when nothing else is going on
 * @param defenderAssessmentSla how soon a security focal point must assess an at-risk defender
 * @param hearingRequestLead how long before a court hearing to ask officers to attend
 * @param hrrSubmissionWindow how long member organisations have to send their input once a Human
 *     Rights Report cycle opens
 * @param hrrReminderBefore how long before the HRR submission deadline the organisations that have
 *     not sent their input are reminded; shorter than the window
 * @param defenderMonitoringInterval how often security checks on a protected defender
 */
public record CoalitionSettings(
    @NotBlank(message = "{liaison.settings.required}")
    @IsoDuration(min = "PT1H", max = "P1Y", rangeMessage = "{liaison.settings.followUpInterval.range}") String followUpInterval,
    @Min(value = 1, message = "{liaison.settings.followUps.range}") @Max(value = 10, message = "{liaison.settings.followUps.range}")
    int followUpsBeforeEscalation,
    @NotBlank(message = "{liaison.settings.required}")
    @IsoDuration(min = "P1D", max = "P2Y", rangeMessage = "{liaison.settings.contactCadence.range}") String contactCadence,
    @NotBlank(message = "{liaison.settings.required}")
    @IsoDuration(min = "PT15M", max = "P7D", rangeMessage = "{liaison.settings.defenderAssessmentSla.range}")
    String defenderAssessmentSla,
    @NotBlank(message = "{liaison.settings.required}")
    @IsoDuration(min = "PT1H", max = "P90D", rangeMessage = "{liaison.settings.hearingRequestLead.range}") String hearingRequestLead,
    @NotBlank(message = "{liaison.settings.required}")
    @IsoDuration(min = "P1D", max = "P6M", rangeMessage = "{liaison.settings.hrrSubmissionWindow.range}") String hrrSubmissionWindow,
    @NotBlank(message = "{liaison.settings.required}")
    @IsoDuration(min = "PT1H", max = "P3M", rangeMessage = "{liaison.settings.hrrReminderBefore.range}") String hrrReminderBefore,
    @NotBlank(message = "{liaison.settings.required}")
    @IsoDuration(min = "PT1H", max = "P1Y", rangeMessage = "{liaison.settings.defenderMonitoringInterval.range}")
    String defenderMonitoringInterval) {

  /** What a coalition starts with. */
  public static final CoalitionSettings DEFAULTS =
      new CoalitionSettings("P7D", 3, "P90D", "PT4H", "P7D", "P28D", "P7D", "P7D");

  /**
   * The settings of the case, relationship and hearing lifecycles, with the defaults for the Human
   * Rights Report window and the defender monitoring interval (for callers that set only those).
   */
  public CoalitionSettings(String followUpInterval, int followUpsBeforeEscalation, String contactCadence,
      String defenderAssessmentSla, String hearingRequestLead) {
    this(followUpInterval, followUpsBeforeEscalation, contactCadence, defenderAssessmentSla, hearingRequestLead,
        "P28D", "P7D", "P7D");
  }

  CoalitionSettings stripped() {
    return new CoalitionSettings(followUpInterval.strip(), followUpsBeforeEscalation, contactCadence.strip(),
        defenderAssessmentSla.strip(), hearingRequestLead.strip(), hrrSubmissionWindow.strip(),
        hrrReminderBefore.strip(), defenderMonitoringInterval.strip());
  }
}
