/** Cities and venues where events take place. */
@NullMarked
package org.treatygraph.place;

import org.jspecify.annotations.NullMarked;
