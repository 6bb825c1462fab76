// go/build reads the header only up to "func", so go/parser sees no
// error and the compiler reports the missing semicolon.
package main func main() {}
