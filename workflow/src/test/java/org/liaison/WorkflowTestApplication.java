package org.liaison;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the workflow module on its own for its integration tests. */
@SpringBootApplication
public class WorkflowTestApplication {}
