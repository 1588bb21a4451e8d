/**
 * Small shared vocabulary every feature may use: the exceptions that carry a message a coalition
 * coordinator can act on. It depends on no feature.
 */
package org.liaison.common;
