/** The search page and JSON API that {@code newsminer serve} answers over an index, on the JDK's HTTP server. */
package dev.newsminer.cli.serve;
