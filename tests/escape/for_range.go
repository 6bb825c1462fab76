package main

type T struct{ v int }

func main() {
	ts := []T{{1}, {2}}
	var ps []*T
	for i := range ts {
		ps = append(ps, &ts[i])
	}
	for _, t := range ts {
		println(t.v)
	}
	println(len(ps))
}
