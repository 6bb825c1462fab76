package main

type Logger struct {
	prefix string
	n      int
}

func (l *Logger) Log(s string) int { l.n += len(s); return l.n }
func (l Logger) Count() int         { return l.n }

type Service struct {
	*Logger
	name string
}

type Inner struct{ v int }

func (i *Inner) Bump() { i.v++ }

type Outer struct{ Inner }

func main() {
	lg := &Logger{prefix: "> "}
	a := Service{lg, "a"}
	a.Log("one")
	log := a.Log
	println(log("two"), a.Count())
	var o Outer
	o.Bump()
	bump := o.Bump
	bump()
	set := (*Outer).Bump
	var o2 Outer
	set(&o2)
	println(o.v, o2.v)
}
