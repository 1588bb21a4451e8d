package org.liaison.outreach;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The three parts of an outreach message; each is required. */
public record OutreachDraft(
    @NotBlank(message = "{liaison.outreach.important.required}")
    @Size(max = OutreachLimits.PART, message = "{liaison.outreach.part.tooLong}")
    String important,
    @NotBlank(message = "{liaison.outreach.whyUs.required}")
    @Size(max = OutreachLimits.PART, message = "{liaison.outreach.part.tooLong}")
    String whyUnitedStates,
    @NotBlank(message = "{liaison.outreach.embassyAction.required}")
    @Size(max = OutreachLimits.PART, message = "{liaison.outreach.part.tooLong}")
    String embassyAction) {}
