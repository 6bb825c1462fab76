// A binary min-heap over a slice of structs with methods, used to schedule
// events by time (ties broken by insertion order), and a heap sort.
package main

import "fmt"

type Event struct {
	At   int
	Seq  int
	Name string
}

type Heap struct {
	items []Event
	seq   int
}

func (h *Heap) less(i, j int) bool {
	a, b := &h.items[i], &h.items[j]
	if a.At != b.At {
		return a.At < b.At
	}
	return a.Seq < b.Seq
}

func (h *Heap) Push(at int, name string) {
	h.seq++
	h.items = append(h.items, Event{at, h.seq, name})
	i := len(h.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(i, p) {
			break
		}
		h.items[i], h.items[p] = h.items[p], h.items[i]
		i = p
	}
}

func (h *Heap) Pop() Event {
	top := h.items[0]
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items = h.items[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h.items) && h.less(l, m) {
			m = l
		}
		if r < len(h.items) && h.less(r, m) {
			m = r
		}
		if m == i {
			break
		}
		h.items[i], h.items[m] = h.items[m], h.items[i]
		i = m
	}
	return top
}

func (h *Heap) Len() int { return len(h.items) }

func main() {
	var h Heap
	h.Push(5, "e")
	h.Push(1, "a")
	h.Push(3, "c")
	h.Push(1, "a2")
	h.Push(4, "d")
	h.Push(2, "b")
	for h.Len() > 0 {
		e := h.Pop()
		fmt.Printf("t=%d %s (#%d)\n", e.At, e.Name, e.Seq)
		if e.Name == "c" {
			h.Push(e.At+1, "c-followup")
		}
	}

	var hs Heap
	vals := []int{9, 4, 7, 1, 8, 2, 2, 6}
	for _, v := range vals {
		hs.Push(v, "")
	}
	var sorted []int
	for hs.Len() > 0 {
		sorted = append(sorted, hs.Pop().At)
	}
	fmt.Println(sorted)
}
