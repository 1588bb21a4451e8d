/**
 * How Liaison runs: the embedded PostgreSQL of the default run mode and the start-up checks of the
 * production mode. Nothing here is used by features.
 */
package org.liaison.runtime;
