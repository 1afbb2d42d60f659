// Package source reads news articles from files, folders, standard input and
// URLs, whatever their format and encoding, into UTF-8 Articles.
package source
