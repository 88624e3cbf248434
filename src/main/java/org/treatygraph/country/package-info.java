/**
 * Countries of ISO 3166-1, looked up by code or name, and the actor references features
 * accept. Uses {@code system}, {@code node} and {@code search}.
 */
@NullMarked
package org.treatygraph.country;

import org.jspecify.annotations.NullMarked;
