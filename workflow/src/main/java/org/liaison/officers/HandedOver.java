package org.liaison.officers;

/**
 * What a hand-over moved from the leaver to the successor.
 *
 * @param successor the successor as they are now (with the cadence they took over)
 * @param meetings meetings with the leaver
 * @param engagements engagements with the leaver, reach-outs included
 * @param openNextSteps next steps of those engagements not done yet
 * @param cases cases whose outreach was aligned with the leaver
 * @param hearings hearings the leaver was asked to attend
 */
public record HandedOver(Officer successor, int meetings, int engagements, int openNextSteps, int cases,
    int hearings) {}
