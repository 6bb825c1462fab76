// time.ParseDuration: every unit, fractions, signs, overflow at the
// edges of int64, and Go's error texts (with its quoting of odd bytes).
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{"0", "+0", "-0", "1s", "1.5h", "2h45m", "300ms", "-1.5h", "1µs", "1μs", "1us", "1ns", ".5s", "5.s",
		"", "-", "s", ".s", "1", "1x", "1.5", "3000000h", "9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns",
		"1h2m3s4ms5us6ns", "0.000000001s", "1.0000000001s", "\"1\"x", "1\xffs", "1é"} {
		d, err := time.ParseDuration(s)
		fmt.Println(int64(d), d.String(), err)
	}
}
