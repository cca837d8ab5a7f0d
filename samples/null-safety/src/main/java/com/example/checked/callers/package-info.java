/**
 * Code that calls the generated Front client and models the way a user would; NullAway checks it
 * against the generated JSpecify annotations.
 */
@NullMarked
package com.example.checked.callers;

import org.jspecify.annotations.NullMarked;
