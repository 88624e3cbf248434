/**
 * People and the posts they hold. Uses what {@code organization} uses, and
 * {@code organization}.
 */
@NullMarked
package org.treatygraph.person;

import org.jspecify.annotations.NullMarked;
