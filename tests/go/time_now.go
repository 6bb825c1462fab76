// time.Now and what derives from it deterministically: the monotonic
// clock never goes back, Sub/Add/Since/Until agree, comparisons, Unix
// readings in a sane range, and time.Unix's normalisation.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t1 := time.Now()
	fmt.Println("since >= 0:", time.Since(start) >= 0)
	fmt.Println("t1 not before start:", !t1.Before(start), "start not after t1:", !start.After(t1))
	d := 1500 * time.Millisecond
	later := start.Add(d)
	fmt.Println(later.Sub(start).String(), later.Sub(start) == d, start.Sub(later).String())
	fmt.Println(later.After(start), later.Before(start), later.Equal(start.Add(d)), start.Equal(start))
	fmt.Println("until later > 0:", time.Until(later) > 0, time.Until(later) <= d)
	fmt.Println("unix sane:", start.Unix() > 1600000000, start.Unix() < 5000000000)
	fmt.Println("milli/micro/nano agree:", start.UnixMilli()/1000 == start.Unix(),
		start.UnixMicro()/1000000 == start.Unix(), start.UnixNano()/1000000000 == start.Unix(),
		start.UnixNano()%1000000000 == int64(start.Nanosecond()))
	var zero time.Time
	fmt.Println("zero:", zero.IsZero(), start.IsZero(), zero.Before(start))
	u := time.Unix(1700000000, 1500000000)
	fmt.Println(u.Unix(), u.Nanosecond(), u.UnixMilli(), u.UnixNano())
	v := time.Unix(1700000000, -1)
	fmt.Println(v.Unix(), v.Nanosecond(), v.Sub(u).String(), u.Sub(v).String(), u.Add(-time.Hour).Unix())
	fmt.Println(u.Add(2*time.Hour).Sub(u).Hours(), v.Before(u), u.Equal(time.Unix(1700000001, 500000000)))
	time.Sleep(2 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("slept at least 2ms:", el >= 2*time.Millisecond, el < 10*time.Second)
	deadline := time.Now().Add(50 * time.Millisecond)
	n := 0
	for time.Now().Before(deadline) {
		n++
		time.Sleep(time.Millisecond)
	}
	fmt.Println("loop ran:", n > 0, !time.Now().Before(deadline))
}
