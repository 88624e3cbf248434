/** Countries of ISO 3166-1, looked up by code or name. */
@NullMarked
package org.treatygraph.country;

import org.jspecify.annotations.NullMarked;
