/**
 * Cities and venues where events take place. Uses {@code system}, {@code node},
 * {@code history}, {@code identifier} and {@code country}.
 */
@NullMarked
package org.treatygraph.place;

import org.jspecify.annotations.NullMarked;
