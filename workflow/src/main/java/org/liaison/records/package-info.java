/**
 * The record-lifecycle kernel: what every lifecycle shares (a record with a reference, a status that
 * follows its BPMN model, generic steps, a page). A feature declares its {@link org.liaison.records.RecordLifecycle}
 * as a bean; the kernel keeps the status, hands out references, binds delegates to their coalition
 * and links tasks to record pages. It depends on no feature, which the module test verifies.
 */
@ApplicationModule(displayName = "Record lifecycles",
    allowedDependencies = {"common", "processes", "steps", "tenancy"})
package org.liaison.records;

import org.springframework.modulith.ApplicationModule;
