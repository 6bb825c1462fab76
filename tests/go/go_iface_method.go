package main

import (
	"fmt"
	"strings"
	"time"
)

type Worker interface{ Run(id int, out chan<- string) }

type W struct{ name string }

func (w W) Run(id int, out chan<- string) { out <- fmt.Sprint(w.name, " ", id) }

type P struct{ n int }

func (p *P) Run(id int, out chan<- string) { p.n += id; out <- fmt.Sprint("p ", p.n) }

type Closer interface{ Close() }
type res struct{ name string }

func (r res) Close() { fmt.Println("close", r.name) }

func use() {
	var c Closer = res{"a"}
	defer c.Close() // the receiver is evaluated now
	c = res{"b"}
	defer c.Close()
	fmt.Println("using")
}

func main() {
	out := make(chan string)
	workers := []Worker{W{"x"}, &P{10}, W{"y"}}
	for i, w := range workers {
		go w.Run(i, out) // w is evaluated by the go statement
	}
	got := []string{}
	for range workers {
		got = append(got, <-out)
	}
	fmt.Println(len(got), strings.Contains(strings.Join(got, ","), "p 11"))
	use()

	d := 90 * time.Minute
	pd := &d
	fmt.Println(pd.String(), pd.Hours(), pd.Round(time.Hour))
	var sb strings.Builder
	psb := &sb
	psb.WriteString("built")
	fmt.Println(psb.String(), psb.Len())

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var nd *time.Duration
		fmt.Println(nd.String())
	}()
	defer func() { fmt.Println("recovered:", recover()) }()
	var nw Worker
	go nw.Run(0, out) // a nil interface panics in the go statement
	fmt.Println("not reached")
}
