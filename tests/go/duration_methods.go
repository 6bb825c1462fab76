// time.Duration's methods on many values: String in Go's exact format
// (units below a second, h/m/s above, negatives, the extremes), the unit
// conversions, Round, Truncate, Abs; println prints the int.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1500, 1000000, 150 * time.Millisecond, 1500 * time.Millisecond,
		time.Second, 2*time.Minute + 3*time.Second + 1, time.Hour, 100*time.Hour + 59*time.Second,
		-1, -time.Microsecond, -90 * time.Minute, 1<<63 - 1, -1 << 63, 1234567890123}
	for _, d := range ds {
		fmt.Println(d.String(), d.Nanoseconds(), d.Microseconds(), d.Milliseconds(), d.Seconds(), d.Minutes(), d.Hours())
		fmt.Println(d.Round(time.Second).String(), d.Truncate(time.Millisecond).String(), d.Abs().String(), d.Round(0).String(), d.Round(7*time.Millisecond).String())
	}
	var d time.Duration = 90 * time.Second
	println(d)
	fmt.Println(int64(d), d.String())
}
