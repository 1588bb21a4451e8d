/**
 * Process reporting for coordinators: figures about the current coalition's cases, steps, embassies and
 * officers (overview, cycle times, embassy responsiveness), read from the features' row-level-secured
 * tables and the engine facade, and their export as CSV.
 */
package org.liaison.reports;
