// Source with CRLF line endings: \r is white space to Go.
package main

import "fmt"

func main() {
	s := `raw
string`
	fmt.Println("crlf ok", len(s))
	fmt.Printf("%q\n", s)
}
