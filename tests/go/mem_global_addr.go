package main

import "fmt"

type Cfg struct {
	N    int
	Name string
}

var counter int
var cfg = Cfg{3, "x"}
var arr [4]int

func inc(p *int) { *p += 2 }

func setName(c *Cfg, s string) { c.Name = s }

func main() {
	inc(&counter)
	inc(&counter)
	fmt.Println(counter)
	setName(&cfg, "hello")
	fmt.Println(cfg.N, cfg.Name, cfg)
	p := &arr[2]
	*p = 9
	s := arr[1:3]
	s[0] = 5
	fmt.Println(arr, len(s), cap(s))
	counter++
	fmt.Println(counter)
}
