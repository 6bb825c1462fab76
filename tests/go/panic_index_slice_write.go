// Writing a slice element past its length panics before the store.
package main

import "fmt"

func main() {
	s := []string{"a", "b"}
	for i := 0; i <= len(s); i++ {
		s[i] = "x"
		fmt.Println(s)
	}
}
