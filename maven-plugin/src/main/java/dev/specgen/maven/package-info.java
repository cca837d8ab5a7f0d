/** Maven goals that run Specgen inside a build. */
package dev.specgen.maven;
