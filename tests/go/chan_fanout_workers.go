package main

import "fmt"

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		results <- j * 2
	}
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan int, 100)
	for w := 1; w <= 5; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= 50; j++ {
		jobs <- j
	}
	close(jobs)
	seen := make([]bool, 101)
	sum := 0
	for a := 1; a <= 50; a++ {
		r := <-results
		seen[r] = true
		sum += r
	}
	missing := 0
	for j := 1; j <= 50; j++ {
		if !seen[j*2] {
			missing++
		}
	}
	fmt.Println("sum", sum, "missing", missing)
}
