package main

type T struct{ n int }

func (t T) Get() int   { return t.n }
func (t *T) Inc()      { t.n++ }

var keep func() int

func local() int {
	t := T{1}
	inc := t.Inc
	inc()
	get := t.Get
	return get()
}

func escaping() {
	t := &T{2}
	keep = t.Get
}

func call(f func()) { f() }

func passed() int {
	t := T{3}
	call(t.Inc)
	return t.n
}

func main() {
	escaping()
	println(local(), passed(), keep())
}
