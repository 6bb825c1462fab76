// ParseDuration(d.String()) gives d back for many values, and the
// parsed forms of the same duration written differently agree.
package main

import (
	"fmt"
	"time"
)

func main() {
	vals := []time.Duration{1, 999, 1001, 123456, 1000000, 1234567891, 59 * time.Second,
		61 * time.Minute, 25*time.Hour + 1, -3 * time.Millisecond, 1<<63 - 1, -1 << 63}
	bad := 0
	for _, d := range vals {
		p, err := time.ParseDuration(d.String())
		if err != nil || p != d {
			bad++
			fmt.Println("mismatch", d.String(), p.String(), err)
		}
	}
	fmt.Println("roundtrip mismatches:", bad)
	same := []string{"90m", "1h30m", "1.5h", "5400s", "5400000ms", "0.0625h30m45s"}
	for _, s := range same {
		d, err := time.ParseDuration(s)
		fmt.Println(s, "=", d.String(), err == nil)
	}
}
