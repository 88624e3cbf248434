/** People and the posts they hold. */
@NullMarked
package org.treatygraph.person;

import org.jspecify.annotations.NullMarked;
