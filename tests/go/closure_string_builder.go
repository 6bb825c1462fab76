// Closures accumulating into a captured string and slice.
package main

import "fmt"

func main() {
	out := ""
	emit := func(format string, args ...interface{}) {
		out += fmt.Sprintf(format, args...)
	}
	for i := 0; i < 3; i++ {
		emit("[%d]", i)
	}
	emit("%s", "!")
	fmt.Println(out)
	var lines []string
	add := func(s string) int { lines = append(lines, s); return len(lines) }
	add("a")
	add("b")
	fmt.Println(add("c"), lines)
}
