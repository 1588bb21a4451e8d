package org.liaison.processes;

/**
 * Names every record lifecycle's model shares, whatever the record: the kernel's beans the models
 * call by name (see {@code org.liaison.records} in the workflow module).
 */
public final class RecordModels {

  /** Spring beans every model may call by name. */
  public interface Beans {
    /**
     * Execution listener (event {@code start}) on each element where a record's status changes:
     * the record takes the status the feature's lifecycle declares for that element.
     */
    String STATUS_LISTENER = "recordStatusListener";
  }

  private RecordModels() {}
}
