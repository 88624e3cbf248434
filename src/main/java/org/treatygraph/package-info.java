@NullMarked
package org.treatygraph;

import org.jspecify.annotations.NullMarked;
