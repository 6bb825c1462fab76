package main

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func (c Counter) Get() int { return c.n }

func use() int {
	var c Counter
	c.Inc()
	c.Inc()
	return c.Get()
}

func main() {
	println(use())
	p := &Counter{}
	p.Inc()
	println(p.Get())
}
