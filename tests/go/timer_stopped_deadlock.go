package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(20 * time.Millisecond)
	fmt.Println(t.Stop())
	other := time.NewTimer(10 * time.Millisecond) // pending: no deadlock until it has fired
	_ = other
	<-t.C
}
