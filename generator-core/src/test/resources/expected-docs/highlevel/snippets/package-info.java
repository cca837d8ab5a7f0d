// Source: highlevel.yaml
/**
 * Compiled examples of the API's client, as the docs show them.
 */
@org.jspecify.annotations.NullMarked
package com.example.conversations.highlevel.snippets;
