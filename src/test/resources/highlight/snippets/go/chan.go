// Package worker runs jobs.
package worker

import "sync"

const maxWorkers = 4

func Run(jobs <-chan int, results chan<- float64) {
	var wg sync.WaitGroup
	for i := 0; i < maxWorkers; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				results <- float64(j) * 1.5e2
			}
		}(i)
	}
	wg.Wait()
	close(results)
}
