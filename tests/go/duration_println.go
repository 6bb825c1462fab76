// println prints a Duration as its integer; Printf's %d and %v of the
// int64 conversion; String of negated, halved and scaled values.
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 1500 * time.Millisecond
	println(d, -d, time.Duration(0), time.Hour)
	fmt.Printf("%d %v %s\n", int64(d), int64(d/3), (d * 3).String())
	for _, x := range []time.Duration{d, d / 1000, d / 1000000, d * 2400, -d / 7} {
		fmt.Println(x.String(), x.Microseconds(), x.Truncate(time.Microsecond).String())
	}
}
