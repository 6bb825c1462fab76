package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type Buf struct{ data []string }

func (b *Buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buf) Write(s string) int { b.data = append(b.data, s); return len(s) }

func fill(w Writer) {
	w.Write("hello")
	w.Write("world")
}

func drain(r Reader) {
	for s := r.Read(); s != ""; s = r.Read() {
		fmt.Println(s)
	}
}

func main() {
	b := &Buf{}
	var rw ReadWriter = b
	fill(rw)
	fmt.Println(rw.Write("!"))
	var r Reader = rw
	drain(r)
	var w Writer = rw
	w.Write("again")
	drain(b)
}
