package main

import "fmt"

// goto across blocks: jumping out of nested blocks and switch statements,
// a backward goto re-running a declaration (each pass gets a new variable),
// and a label on a declaration used afterwards.
func classify(xs []int) {
	i := 0
next:
	if i == len(xs) {
		return
	}
	switch x := xs[i]; {
	case x < 0:
		fmt.Println(x, "negative")
		i++
		goto next
	case x == 0:
		fmt.Println("zero ends it")
		goto end
	}
	fmt.Println(xs[i], "positive")
	i++
	goto next
end:
	fmt.Println("stopped at", i)
}

func main() {
	classify([]int{3, -1, 4, 0, 5})
	var fs []*string
	n := 0
again:
	s := fmt.Sprint("pass ", n)
	fs = append(fs, &s)
	if n++; n < 3 {
		goto again
	}
	for _, p := range fs {
		fmt.Println(*p)
	}
	{
		j := 10
		if j > 5 {
			goto out
		}
		fmt.Println("unreached", j)
	}
out:
	fmt.Println("out")
}
