// Time.Sub saturates at the Duration range for instants more than ~292
// years apart; Add and Unix agree far from now; times without a monotonic
// reading compare by their wall clock.
package main

import (
	"fmt"
	"time"
)

func main() {
	a := time.Unix(0, 0)
	b := time.Unix(20000000000, 0) // year 2603
	fmt.Println(b.Sub(a).String(), a.Sub(b).String(), b.Sub(a) == 1<<63-1)
	c := time.Unix(1000000000, 999999999)
	fmt.Println(c.Sub(a).String(), c.Add(time.Nanosecond).Unix(), c.Add(time.Nanosecond).Nanosecond())
	fmt.Println(a.Before(c), c.After(a), a.Equal(time.Unix(0, 0)), a.Equal(c))
	d := c.Add(-1000000000 * time.Second)
	fmt.Println(d.Unix(), d.Nanosecond(), d.UnixNano(), d.UnixMilli(), d.UnixMicro())
	e := time.Unix(-5, -500000000)
	fmt.Println(e.Unix(), e.Nanosecond(), e.UnixMilli(), e.Sub(a).String())
	now := time.Now()
	fmt.Println(now.Sub(a) > 50*365*24*time.Hour, a.Before(now), now.Add(-now.Sub(a)).Equal(a))
}
