/**
 * The demo of the embedded default: two coalitions, local accounts for their people (one person in
 * both, with different roles) and a few cases in different states, so the first screen is not empty.
 */
package org.liaison.demo;
