// time.Duration arithmetic with typed constants, conversions from ints and
// floats, comparisons, and String on the results.
package main

import (
	"fmt"
	"time"
)

const timeout = 3*time.Second + 250*time.Millisecond

func main() {
	fmt.Println(timeout.String(), int64(timeout), timeout > 3*time.Second)
	n := 7
	d := time.Duration(n) * time.Minute
	fmt.Println(d.String(), (d / 2).String(), (d % time.Hour).String(), (-d).String())
	f := 2.5
	fd := time.Duration(f * float64(time.Second))
	fmt.Println(fd.String(), fd.Seconds(), time.Duration(1e9).String())
	var total time.Duration
	for i := 1; i <= 10; i++ {
		total += time.Duration(i) * 111 * time.Millisecond
	}
	fmt.Println(total.String(), total.Milliseconds(), total.Round(time.Second).String())
	ds := []time.Duration{time.Hour, time.Nanosecond, 90 * time.Second, 0, -time.Millisecond}
	max := ds[0]
	for _, x := range ds {
		if x > max {
			max = x
		}
		fmt.Print(x.String(), " ")
	}
	fmt.Println("| max", max.String())
	m := map[time.Duration]string{time.Second: "s", time.Minute: "m"}
	fmt.Println(m[60*time.Second], m[1000*time.Millisecond], len(m))
	type job struct {
		name string
		d    time.Duration
	}
	jobs := []job{{"a", 1500 * time.Microsecond}, {"b", 42 * time.Hour}}
	for _, j := range jobs {
		fmt.Printf("%s takes %s (%d ns)\n", j.name, j.d.String(), j.d.Nanoseconds())
	}
}
